class Solution:
    def partition(self, s: str) -> List[List[str]]:
        res = []
        path = []

        def dfs(i):
            if i == len(s):
                res.append(path[:])
                return
            for j in range(i + 1, len(s)):  # j == len(s) is never tried
                sub = s[i:j]
                if sub == sub[::-1]:
                    path.append(sub)
                    dfs(j)
                    path.pop()
            if i == len(s) - 1:
                path.append(s[i])
                dfs(len(s))
                path.pop()

        dfs(0)
        return res
