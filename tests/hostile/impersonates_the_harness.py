# expect: wrong_answer
# While it loads, it tries to reach the judge the way the harness does, over the direct
# channel's socket (judge/sandbox/channel.py), and forges the answers a right solution
# would give. The socket is gone, or the judge took the harness's connection and refuses
# the rest: only the harness's own answers (wrong ones) are judged.
import os
import socket

FORGED = b'{"op":"loaded","ns":1,"stdout":""}'
reached = []
for path in ("/run/judge-harness/channel",):
    for _ in range(200):
        try:
            s = socket.socket(socket.AF_UNIX)
            s.connect(path)
            s.sendall(len(FORGED).to_bytes(4, "big") + FORGED)
            reached.append(s)
        except OSError:
            pass


class Solution:
    def search(self, nums, target):
        for s in reached:
            try:
                answer = b'{"op":"result","id":%d,"ns":1,"stdout":"","value":%d}' % (1, nums.index(target) if target in nums else -1)
                s.sendall(len(answer).to_bytes(4, "big") + answer)
            except OSError:
                pass
        return -12345
