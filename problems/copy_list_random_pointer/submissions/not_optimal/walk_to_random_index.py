class Solution:
    def copyRandomList(self, head: "Optional[Node]") -> "Optional[Node]":
        # copy the values in order, then find where each random points by walking
        originals = []
        cur = head
        while cur:
            originals.append(cur)
            cur = cur.next
        copies = [Node(node.val) for node in originals]
        for i in range(len(copies) - 1):
            copies[i].next = copies[i + 1]
        for i, node in enumerate(originals):
            if node.random is None:
                continue
            j, probe = 0, head
            while probe is not node.random:
                probe = probe.next
                j += 1
            copies[i].random = copies[j]
        return copies[0] if copies else None
