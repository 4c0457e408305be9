# the memo is keyed by the remaining amount only, so a count made with later coins
# only is reused where earlier coins are still allowed
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        memo = {}

        def dfs(i, rest):
            if rest == 0:
                return 1
            if rest < 0 or i == len(coins):
                return 0
            if rest in memo:
                return memo[rest]
            memo[rest] = dfs(i, rest - coins[i]) + dfs(i + 1, rest)
            return memo[rest]

        return dfs(0, amount)
