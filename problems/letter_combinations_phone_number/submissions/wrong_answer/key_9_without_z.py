def letterCombinations(digits):
    if not digits:
        return []
    keypad = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxy"}
    out = [""]
    for d in digits:
        out = [w + c for w in out for c in keypad[d]]
    return out
