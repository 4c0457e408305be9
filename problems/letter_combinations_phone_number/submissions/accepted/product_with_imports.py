from itertools import product
from typing import List

PAD = ["", "", "abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"]


class Solution:
    def letterCombinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        return ["".join(letters) for letters in product(*(PAD[int(d)] for d in digits))]
