-- Indexes for the timeline under load: the filtered total and the ordered window of the
-- default view read one covering index (incidentId, deletedAt, isHidden, time, id) instead
-- of every event row; the service and level facets count from their own covering indexes.
-- CreateIndex
CREATE INDEX "TimelineEvent_incidentId_deletedAt_isHidden_time_id_idx" ON "TimelineEvent"("incidentId", "deletedAt", "isHidden", "time", "id");

-- CreateIndex
CREATE INDEX "TimelineEvent_incidentId_deletedAt_service_idx" ON "TimelineEvent"("incidentId", "deletedAt", "service");

-- CreateIndex
CREATE INDEX "TimelineEvent_incidentId_deletedAt_level_idx" ON "TimelineEvent"("incidentId", "deletedAt", "level");
