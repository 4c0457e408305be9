class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        m, n = len(num1), len(num2)
        res = [0] * (m + n)  # res[0] is the most significant place
        for i in range(m):
            for j in range(n):
                res[i + j + 1] += int(num1[i]) * int(num2[j])
        # carries pushed from the front to the back: toward the less significant places
        for k in range(len(res) - 1):
            res[k + 1] += res[k] // 10
            res[k] %= 10
        out = "".join(map(str, res)).lstrip("0")
        return out or "0"
