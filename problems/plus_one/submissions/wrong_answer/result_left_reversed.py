class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        res = []
        carry = 1
        for d in reversed(digits):
            carry, digit = divmod(d + carry, 10)
            res.append(digit)
        if carry:
            res.append(carry)
        return res  # still least significant digit first
