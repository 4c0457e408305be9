from typing import List


def jump(nums: List[int]) -> int:
    count, cur_end, cur_far = 0, 0, 0
    for i in range(len(nums) - 1):
        cur_far = max(cur_far, i + nums[i])
        if i == cur_end:
            count += 1
            cur_end = cur_far
            if cur_end >= len(nums) - 1:
                break
    return count
