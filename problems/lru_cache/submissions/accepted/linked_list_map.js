// A Map from key to node of a doubly linked list, most recent at the head.
class Node2 {
    constructor(key, value) {
        this.key = key;
        this.value = value;
        this.prev = null;
        this.next = null;
    }
}

class LRUCache {
    constructor(capacity) {
        this.capacity = capacity;
        this.map = new Map();
        this.head = new Node2(0, 0);
        this.tail = new Node2(0, 0);
        this.head.next = this.tail;
        this.tail.prev = this.head;
    }

    unlink(node) {
        node.prev.next = node.next;
        node.next.prev = node.prev;
    }

    pushFront(node) {
        node.next = this.head.next;
        node.prev = this.head;
        this.head.next.prev = node;
        this.head.next = node;
    }

    get(key) {
        const node = this.map.get(key);
        if (!node) return -1;
        this.unlink(node);
        this.pushFront(node);
        return node.value;
    }

    put(key, value) {
        let node = this.map.get(key);
        if (node) {
            node.value = value;
            this.unlink(node);
            this.pushFront(node);
            return;
        }
        node = new Node2(key, value);
        this.map.set(key, node);
        this.pushFront(node);
        if (this.map.size > this.capacity) {
            const lru = this.tail.prev;
            this.unlink(lru);
            this.map.delete(lru.key);
        }
    }
}
