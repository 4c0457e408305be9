# expect: runtime_error
class Solution:
    def search(self, nums, target):
        with open("/dev/shm/filler", "wb") as f:
            f.write(b"x" * 1_000_000)
        return -1
