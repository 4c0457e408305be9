# counts the bits of every number by shifting it right: O(n log n), within the bar; a log factor is too small for the growth check to call it not optimal
class Solution:
    def countBits(self, n: int) -> List[int]:
        ans = []
        for i in range(n + 1):
            count = 0
            while i:
                count += i & 1
                i >>= 1
            ans.append(count)
        return ans
