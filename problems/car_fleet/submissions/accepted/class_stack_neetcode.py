class Solution:
    def carFleet(self, target: int, position: List[int], speed: List[int]) -> int:
        cars = sorted(zip(position, speed), reverse=True)  # nearest the target first
        stack = []  # arrival time of each fleet's leader
        for p, s in cars:
            stack.append((target - p) / s)
            # caught up with the fleet ahead before (or at) the target: it merges
            if len(stack) > 1 and stack[-1] <= stack[-2]:
                stack.pop()
        return len(stack)
