def jump(nums):
    # counts a jump every time the farthest reach grows, not once per window
    jumps = 0
    far = 0
    for i in range(len(nums) - 1):
        if i + nums[i] > far:
            far = i + nums[i]
            jumps += 1
        if far >= len(nums) - 1:
            break
    return jumps
