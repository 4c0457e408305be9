class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        res = []

        def dfs(i, path):
            if i == len(digits):
                res.append(path)
                return
            start = ord("a") + 3 * (int(digits[i]) - 2)  # as if every key had three letters
            for k in range(3):
                dfs(i + 1, path + chr(start + k))

        dfs(0, "")
        return res
