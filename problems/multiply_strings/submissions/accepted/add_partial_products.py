class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        def add(a, b):
            # a and b are digit lists, least significant first
            out, carry = [], 0
            for k in range(max(len(a), len(b))):
                total = carry + (a[k] if k < len(a) else 0) + (b[k] if k < len(b) else 0)
                out.append(total % 10)
                carry = total // 10
            if carry:
                out.append(carry)
            return out

        top = [int(c) for c in reversed(num1)]
        result = [0]
        for shift, ch in enumerate(reversed(num2)):
            d = int(ch)
            row, carry = [0] * shift, 0
            for x in top:
                carry, digit = divmod(x * d + carry, 10)
                row.append(digit)
            if carry:
                row.append(carry)
            result = add(result, row)
        while len(result) > 1 and result[-1] == 0:
            result.pop()
        return "".join(str(x) for x in reversed(result))
