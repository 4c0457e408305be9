# expect: wrong_answer
import socket


class Solution:
    def search(self, nums, target):
        # Looks around without sending anything off the machine: the interfaces and
        # routes it can see, and a connection to a port on loopback.
        with open("/proc/net/dev") as f:
            interfaces = [line.split(":")[0].strip() for line in f.readlines()[2:]]
        with open("/proc/net/route") as f:
            routes = f.readlines()[1:]
        try:
            socket.create_connection(("127.0.0.1", 2375), timeout=0.2).close()
            docker_port = "open"
        except OSError as e:
            docker_port = type(e).__name__
        return {"interfaces": interfaces, "routes": len(routes), "docker_port": docker_port}
