"""The long-running parts: one pipeline cycle, the delivery worker, the scheduler, the service and its composition."""
