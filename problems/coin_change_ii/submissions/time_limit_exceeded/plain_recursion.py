class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        def dfs(i, a):
            if a == amount:
                return 1
            if a > amount or i == len(coins):
                return 0
            return dfs(i, a + coins[i]) + dfs(i + 1, a)

        return dfs(0, 0)
