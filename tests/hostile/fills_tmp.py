# expect: runtime_error
class Solution:
    def search(self, nums, target):
        with open("/tmp/filler", "wb") as f:
            while True:
                f.write(b"x" * 1_000_000)
