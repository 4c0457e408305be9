# expect: runtime_error
class Solution:
    def search(self, nums, target):
        with open("/etc/judge-was-here", "w") as f:
            f.write("x")
        return -1
