class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        # positions are below target: index the arrival times by position, no sort needed
        times = [0.0] * target
        for p, s in zip(position, speed):
            times[p] = (target - p) / s
        fleets, ahead = 0, 0.0
        for p in range(target - 1, -1, -1):
            if times[p] > ahead:
                fleets += 1
                ahead = times[p]
        return fleets
