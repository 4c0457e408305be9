import collections


class Solution:
    def copyRandomList(self, head):
        copies = collections.defaultdict(lambda: Node(0))
        copies[None] = None
        cur = head
        while cur:
            copies[cur].val = cur.val
            copies[cur].next = copies[cur.next]
            copies[cur].random = copies[cur.random]
            cur = cur.next
        return copies[head]
