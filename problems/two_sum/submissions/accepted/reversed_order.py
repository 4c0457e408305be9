class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        hashmap = defaultdict(list)
        for idx, num in enumerate(nums):
            if target - num in hashmap:
                # later position first: the order of the pair does not matter
                return [idx, hashmap[target - num][0]]
            hashmap[num].append(idx)
