# counts, then sorts the distinct values by their count: O(n log n), a log factor too small for the growth check to tell from the O(n) buckets, and accepted on LeetCode
class Solution:
    def topKFrequent(self, nums: List[int], k: int) -> List[int]:
        count = {}
        for x in nums:
            count[x] = count.get(x, 0) + 1
        return sorted(count, key=count.get, reverse=True)[:k]
