"""Verification: read the pages and their includes (pages), run each snippet in a sandbox (sandbox), compare what it
printed and drew with the page (outputs), check the zh/en twins (parity), keep the record of runs (record), rewrite
outputs (update_outputs) and run the GPU and previous-release passes (passes). The site build sees only for_site."""
