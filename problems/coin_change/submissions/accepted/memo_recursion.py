# memoised recursion on the amount left, O(amount * len(coins)); the recursion is up to amount / min(coins) deep
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        @cache
        def fewest(rest):
            if rest == 0:
                return 0
            best = inf
            for c in coins:
                if c <= rest:
                    best = min(best, fewest(rest - c) + 1)
            return best

        ans = fewest(amount)
        return -1 if ans == inf else ans
