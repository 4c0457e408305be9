class Solution:
    def reverse(self, x: int) -> int:
        rest = abs(x)  # Python's % and // round towards minus infinity: work on the size
        out = 0
        while rest:
            out = out * 10 + rest % 10
            rest //= 10
        if x < 0:
            out = -out
        limit = 2**31
        return out if -limit <= out < limit else 0
