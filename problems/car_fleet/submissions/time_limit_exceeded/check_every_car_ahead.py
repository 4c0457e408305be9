class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        n = len(position)
        time = [(target - position[i]) / speed[i] for i in range(n)]
        fleets = 0
        for i in range(n):
            # car i leads a fleet unless some car ahead of it arrives no earlier
            blocked = False
            for j in range(n):
                if position[j] > position[i] and time[j] >= time[i]:
                    blocked = True
                    break
            if not blocked:
                fleets += 1
        return fleets
