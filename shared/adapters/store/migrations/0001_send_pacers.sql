CREATE TABLE "send_pacers" (
	"tenant_id" text NOT NULL,
	"phone_number_id" text NOT NULL,
	"next_slot_at" timestamp with time zone NOT NULL,
	CONSTRAINT "send_pacers_tenant_id_phone_number_id_pk" PRIMARY KEY("tenant_id","phone_number_id")
);
--> statement-breakpoint
ALTER TABLE "send_pacers" ADD CONSTRAINT "send_pacers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;