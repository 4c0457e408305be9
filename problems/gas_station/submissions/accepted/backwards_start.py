class Solution:
    def canCompleteCircuit(self, gas, cost):
        n = len(gas)
        start, end = n - 1, 0
        tank = gas[start] - cost[start]
        while end < start:
            if tank >= 0:
                tank += gas[end] - cost[end]
                end += 1
            else:
                start -= 1
                tank += gas[start] - cost[start]
        return start if tank >= 0 else -1
