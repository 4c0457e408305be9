class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        res = []
        keyLetters = {
            "2": "abc",
            "3": "def",
            "4": "ghi",
            "5": "jkl",
            "6": "mno",
            "7": "pqrs",
            "8": "tuv",
            "9": "wxyz",
        }

        def backtrack(i, word):
            if len(word) == len(digits):
                res.append(word)
                return
            for c in keyLetters[digits[i]]:
                backtrack(i + 1, word + c)

        if digits:
            backtrack(0, "")

        return res
