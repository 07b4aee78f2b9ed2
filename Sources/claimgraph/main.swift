print("claimgraph")
