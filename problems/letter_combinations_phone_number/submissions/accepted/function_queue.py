def letterCombinations(digits):
    if digits == "":
        return []
    phone = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}
    queue = deque([""])
    while len(queue[0]) < len(digits):
        prefix = queue.popleft()
        for ch in phone[digits[len(prefix)]]:
            queue.append(prefix + ch)
    return list(queue)
