"""Batch processing of many disclosures into the results store (local processes or Ray).

    from auditor.batch.runner import run_batch      # plan, process, write, corpus pass
    from auditor.batch.plan import county_of         # identity of a file in the corpus

Nothing is imported here, so that `auditor audit` does not load the batch machinery.
"""
