class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        # Read i -> nums[i] as a linked list starting at index 0 (no value points back to
        # 0). Two positions share the duplicate as their next index, so the walk runs
        # into a cycle whose entrance is the duplicate: Floyd finds that entrance.
        slow = fast = 0
        while True:
            slow = nums[slow]
            fast = nums[nums[fast]]
            if slow == fast:
                break
        finder = 0
        while finder != slow:
            finder = nums[finder]
            slow = nums[slow]
        return finder
