# expect: runtime_error
import os


class Solution:
    def search(self, nums, target):
        for fd in range(0, 256):
            try:
                os.write(fd, b"\xff\xff\xff\xffjunk")
            except OSError:
                pass
        return -1
