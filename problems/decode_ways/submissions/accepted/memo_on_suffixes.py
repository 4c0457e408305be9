# memoised recursion keyed by the rest of the string (a slice per call): O(n^2), within the bar; the slices are copied in C, too fast to show as not optimal at the probe's sizes
class Solution:
    def numDecodings(self, s: str) -> int:
        memo = {"": 1}

        def ways(rest):
            if rest in memo:
                return memo[rest]
            if rest[0] == "0":
                return 0
            total = ways(rest[1:])
            if len(rest) >= 2 and int(rest[:2]) <= 26:
                total += ways(rest[2:])
            memo[rest] = total
            return total

        return ways(s)
