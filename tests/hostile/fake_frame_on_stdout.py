# expect: wrong_answer
import os
import sys


class Solution:
    def search(self, nums, target):
        # Tries to forge an answer frame on fd 1 (which the harness has redirected).
        forged = b'{"op":"result","id":1,"ns":1,"stdout":"","value":0}'
        os.write(1, len(forged).to_bytes(4, "big") + forged)
        sys.stdout.buffer.write(len(forged).to_bytes(4, "big") + forged)
        return -12345
