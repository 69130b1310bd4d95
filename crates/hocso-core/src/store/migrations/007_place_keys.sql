-- 007: hamlets are recognised without the word for their kind ("Xã Đầm Hà" = "Đầm Hà",
-- "Thôn Đông" = "Đông"). The keys are computed in Rust (`reports::hamlet_key`), so the work is
-- done by this migration's hook in `store/mod.rs`: every kept import and trusted key gets
-- its new hamlet key, and the hamlet tallies are dropped to be counted again.
DELETE FROM hamlet_breakdown;
DELETE FROM hamlet_tallies;
