class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        # every balanced string is "(" + a + ")" + b, with a and b balanced and shorter
        dp = [[""]]
        for k in range(1, n + 1):
            dp.append(["(" + a + ")" + b for i in range(k) for a in dp[i] for b in dp[k - 1 - i]])
        return dp[n]
