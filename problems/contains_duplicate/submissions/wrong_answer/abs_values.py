class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        seen = set()
        for n in nums:
            if abs(n) in seen:
                return True
            seen.add(abs(n))
        return False
