CREATE TABLE "sms_consents" (
	"tenant_id" text NOT NULL,
	"from_number" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"state" text NOT NULL,
	"changed_at" timestamp with time zone,
	"keyword" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sms_consents_tenant_id_from_number_contact_id_pk" PRIMARY KEY("tenant_id","from_number","contact_id"),
	CONSTRAINT "sms_consents_state_check" CHECK ("sms_consents"."state" in ('opted_in', 'opted_out'))
);
--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "sms_from_number" text;--> statement-breakpoint
ALTER TABLE "sms_consents" ADD CONSTRAINT "sms_consents_tenant_id_contact_id_contacts_tenant_id_id_fk" FOREIGN KEY ("tenant_id","contact_id") REFERENCES "public"."contacts"("tenant_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tenants" ADD CONSTRAINT "tenants_sms_from_number_uq" UNIQUE("sms_from_number");