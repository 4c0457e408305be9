class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        def fewest(rest):
            if rest == 0:
                return 0
            best = float("inf")
            for c in coins:
                if c <= rest:
                    best = min(best, fewest(rest - c) + 1)
            return best

        ans = fewest(amount)
        return ans if ans != float("inf") else -1
