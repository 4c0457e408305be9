class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        def add(a, b):
            i, j, carry, out = len(a) - 1, len(b) - 1, 0, []
            while i >= 0 or j >= 0 or carry:
                total = carry
                if i >= 0:
                    total += ord(a[i]) - 48
                    i -= 1
                if j >= 0:
                    total += ord(b[j]) - 48
                    j -= 1
                out.append(chr(total % 10 + 48))
                carry = total // 10
            return "".join(reversed(out))

        def decrement(a):
            digits = list(a)
            k = len(digits) - 1
            while digits[k] == "0":
                digits[k] = "9"
                k -= 1
            digits[k] = chr(ord(digits[k]) - 1)
            return "".join(digits).lstrip("0") or "0"

        # num1 added to a total num2 times
        total, count = "0", num2
        while count != "0":
            total = add(total, num1)
            count = decrement(count)
        return total
