class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        heap = [-x for x in nums[:k]]
        heapq.heapify(heap)
        res = [-heap[0]]
        for i in range(k, len(nums)):
            heapq.heappush(heap, -nums[i])
            # drop the maximum only when it is the value that just left
            if -heap[0] == nums[i - k]:
                heapq.heappop(heap)
            res.append(-heap[0])
        return res
